import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '../messaging';
import type { MemorySettings } from '../settings-values';
import { ArticleView } from './article-view';
import { t } from './i18n';
import { MemoryPrompt } from './memory-prompt';
import { PopupHeader } from './popup-header';
import type { PopupHost, SiteSettings } from './popup-host';
import { StateView, hostOf } from './state-view';
import { type PopupView, type TabFacts, resolveView } from './view-state';

const WEB_PAGE = /^https?:/;
/**
 * How long a loaded tab may stay silent before the popup says no content script is there: the content
 * script reports only once it has read the page, which can take a moment after the tab says "complete".
 */
export const STALE_GRACE_MS = 1500;

/** The views on a web page where the reader can switch annotations for the site. */
function siteUrl(view: PopupView): string | null {
  const url = view.kind === 'article' || view.kind === 'not-article' || view.kind === 'disabled' || view.kind === 'unsupported-language' ? view.url : null;
  return url !== null && WEB_PAGE.test(url) ? url : null;
}

/** Where the view is shown: the toolbar popup, or the side panel that stays beside the page. */
export type Surface = 'popup' | 'panel';

interface Props {
  host: PopupHost;
  staleGraceMs?: number;
  surface?: Surface;
  /** Closes the view (the popup, once the side panel took over); absent where nothing should close. */
  onClose?: () => void;
}

/**
 * The popup for one tab, and the side panel's view of it: asks the host what the tab holds, shows the
 * matching view, and refreshes when the tab's content script reports or the tab finishes loading. Every
 * failure becomes the error view.
 */
export function Popup({ host, staleGraceMs = STALE_GRACE_MS, surface = 'popup', onClose }: Props) {
  const [facts, setFacts] = useState<TabFacts | null>(null);
  // While patient, a silent tab reads as loading; the wait starts again whenever the tab loads anew.
  const [patience, setPatience] = useState(0);
  const [patient, setPatient] = useState(staleGraceMs > 0);
  const [failure, setFailure] = useState<string | null>(null);
  const [site, setSite] = useState<SiteSettings | null>(null);
  const [status, setStatus] = useState('');
  const [memory, setMemory] = useState<MemorySettings | null>(null);
  // Answers can arrive out of order (a slow first load after a quick report); only the latest counts.
  const generation = useRef(0);

  const load = useCallback(
    (reported?: PageState) => {
      const mine = ++generation.current;
      host.loadFacts().then(
        (loaded) => {
          if (mine !== generation.current) return;
          setFailure(null);
          setFacts(reported ? { ...loaded, state: reported } : loaded);
        },
        (error: unknown) => {
          if (mine === generation.current) setFailure(error instanceof Error ? error.message : String(error));
        },
      );
    },
    [host],
  );
  useEffect(() => {
    load();
    return host.watch((reported) => {
      if (!reported) setPatience((n) => n + 1);
      load(reported);
    });
  }, [host, load]);
  useEffect(() => {
    if (staleGraceMs <= 0) return;
    setPatient(true);
    const timer = setTimeout(() => setPatient(false), staleGraceMs);
    return () => clearTimeout(timer);
  }, [patience, staleGraceMs]);

  let view: PopupView = failure !== null ? { kind: 'error', message: failure } : facts ? resolveView(facts) : { kind: 'loading' };
  if (view.kind === 'stale' && patient) view = { kind: 'loading' };
  const url = siteUrl(view);
  const hostname = url ? hostOf(url) : null;

  useEffect(() => {
    host.memorySettings().then(setMemory, () => setMemory(null));
  }, [host]);

  useEffect(() => {
    setSite(null);
    if (hostname) host.siteSettings(hostname).then(setSite, () => setSite(null));
  }, [host, hostname]);

  const setSiteOn = (on: boolean) => {
    if (!hostname) return;
    host.setSiteOn(hostname, on).then(
      () => {
        setSite((previous) => (previous ? { ...previous, siteOn: on } : previous));
        setStatus(t(on ? 'siteTurnedOn' : 'siteTurnedOff', hostname));
      },
      () => setStatus(t('settingsSaveFailed')),
    );
  };
  const requestPermission = (origin: string) => {
    host.requestPermission(origin).then(
      (granted) => (granted ? host.reloadTab() : setStatus(t('permissionDenied'))),
      () => setStatus(t('permissionDenied')),
    );
  };
  const setTabOn = () => {
    host.setTabOn(true).catch(() => setStatus(t('pageNotAnswering')));
  };
  const openOptions = () => {
    host.openOptions().catch(() => setStatus(t('optionsFailed')));
  };
  const openPanel = host.hasSidePanel()
    ? () => {
        // Called at once: the browser opens the panel only in answer to this click.
        host.openSidePanel().then(
          () => onClose?.(),
          () => setStatus(t('panelOpenFailed')),
        );
      }
    : undefined;
  const answerMemory = (on: boolean) => {
    setMemory({ enabled: on, asked: true });
    host.answerMemory(on).then(
      () => setStatus(t(on ? 'memoryTurnedOn' : 'memoryLeftOff')),
      () => setStatus(t('settingsSaveFailed')),
    );
  };
  const reload = () => {
    host.reloadTab().then(
      () => setFacts((previous) => (previous ? { ...previous, status: 'loading', state: { state: 'unknown' } } : previous)),
      () => setStatus(t('reloadFailed')),
    );
  };

  return (
    <div class="popup">
      <PopupHeader
        title={view.kind === 'article' ? view.title : null}
        hostname={hostname}
        site={site}
        globalNotice={view.kind !== 'disabled'}
        onSiteOn={setSiteOn}
        onOpenOptions={openOptions}
        onOpenPanel={surface === 'popup' ? openPanel : undefined}
      />
      <main class="popup-main">
        {view.kind === 'article' && memory && !memory.asked && <MemoryPrompt onAnswer={answerMemory} />}
        {view.kind === 'article' ? (
          <ArticleView
            key={view.url}
            report={view.report}
            url={view.url}
            title={view.title}
            partial={view.partial === true}
            host={host}
            announce={setStatus}
            memoryOn={memory?.enabled === true}
          />
        ) : (
          <StateView
            view={view}
            site={site}
            onRequestPermission={requestPermission}
            onReload={reload}
            onTabOn={setTabOn}
            onOpenOptions={openOptions}
          />
        )}
      </main>
      <p class="live-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
