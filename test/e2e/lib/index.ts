/** The real-browser harness: a 127.0.0.1 static server, Chromium with the extension, a network watcher. */
export { startStaticServer, type StaticServer, type StaticServerOptions, type ServedRequest, type RouteHandler } from './static-server';
export { launchChromiumWithExtension, CHROMIUM_FLAGS, type ExtensionBrowser, type LaunchOptions } from './chromium';
export { watchNetwork, isAllowedUrl, type NetworkWatch, type WatchedRequest } from './network-watch';
export { chromiumPath, firefoxPath, findExecutable } from './find-browser';
export { PROJECT_ROOT, FIXTURES_DIR, CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, E2E_OUTPUT_DIR } from './paths';
export type { ChromeApi, ChromeTab } from './chrome-api';
export { readMarks, waitForMarks, textByAttributionPart, markMismatches, pristineBodyHtml, htmlWithoutMarks, MARK_SELECTOR, type MarkInfo } from './marks';
export { cliReport, expectedMarkText, type CliReport, type CliSpan } from './cli-report';
export { startSession, type Session } from './session';
export { freePort, devtoolsArgs, sidePanelPage } from './side-panel';
export { memoryRecords } from './memory-store';
