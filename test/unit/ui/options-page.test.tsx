import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { annotationsEnabled, disabledSites, highlightKinds, memoryAsked, memoryEnabled } from '../../../src/settings';
import { browserOptionsStore } from '../../../src/ui/browser-options-store';
import { OptionsPage } from '../../../src/ui/options-page';
import { installEnglish } from './fixtures/fake-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  installEnglish();
});
afterEach(cleanup);

async function open() {
  const view = render(<OptionsPage store={browserOptionsStore} />);
  await screen.findByRole('heading', { name: 'Sites where Sourcelight stays off' });
  return view;
}

const siteInput = () => screen.getByRole('textbox', { name: 'Add a site' });
const add = (text: string) => {
  fireEvent.input(siteInput(), { target: { value: text } });
  fireEvent.submit(siteInput().closest('form')!);
};

describe('the options page, saving to the real settings items', () => {
  it('shows the defaults: on, every kind, no sites', async () => {
    await open();
    expect((screen.getByRole('switch', { name: 'Highlight who said what on news pages' }) as HTMLInputElement).checked).toBe(true);
    for (const name of ['Named people', 'Organizations', 'News agencies and outlets', 'Unnamed sources']) {
      expect((screen.getByRole('checkbox', { name }) as HTMLInputElement).checked).toBe(true);
    }
    expect(screen.getByText('No sites yet: Sourcelight runs on every news site.')).toBeTruthy();
  });

  it('holds the memory’s switch, off by default, with what it keeps and the way to “Your reading”', async () => {
    await open();
    const memory = screen.getByRole('switch', { name: 'Remember the sources of the articles I read' }) as HTMLInputElement;
    await waitFor(() => expect(memory.disabled).toBe(false));
    expect(memory.checked).toBe(false);
    expect(screen.getByText(/Kept only in this browser: never synced, never sent\. Up to 10,000 articles/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open “Your reading”' }).getAttribute('href')).toMatch(/\/memory\.html$/);
    fireEvent.click(memory);
    await screen.findByText('Saved.');
    expect(await memoryEnabled.getValue()).toBe(true);
    expect(await memoryAsked.getValue()).toBe(true);
  });

  it('turns annotations off everywhere and says it saved', async () => {
    await open();
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight who said what on news pages' }));
    await screen.findByText('Saved.');
    expect(await annotationsEnabled.getValue()).toBe(false);
    expect(screen.getByRole('group', { name: 'Kinds of source to highlight' }).hasAttribute('disabled')).toBe(true);
  });

  it('stops highlighting one kind of source', async () => {
    await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Unnamed sources' }));
    await screen.findByText('Saved.');
    expect(await highlightKinds.getValue()).toEqual({ person: true, organization: true, media: true, anonymous: false });
  });

  it('adds a site from a URL, lists it, and removes it', async () => {
    await open();
    add('https://www.Example.com/world/story.html');
    await screen.findByText('www.example.com');
    await screen.findByText('Saved.');
    expect(await disabledSites.getValue()).toEqual(['www.example.com']);
    expect((siteInput() as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.example.com' }));
    await screen.findByText('No sites yet: Sourcelight runs on every news site.');
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual([]));
  });

  it('refuses a bad site with a clear error tied to the field, and stores nothing', async () => {
    await open();
    add('not a site');
    const error = await screen.findByRole('alert');
    expect(error.textContent).toBe('“not a site” is not a site name. Try something like example.com.');
    expect(siteInput().getAttribute('aria-invalid')).toBe('true');
    expect(siteInput().getAttribute('aria-describedby')).toBe('site-hint site-error');
    expect(await disabledSites.getValue()).toEqual([]);
    fireEvent.input(siteInput(), { target: { value: 'example.com' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a site already covered by one on the list', async () => {
    await disabledSites.setValue(['example.com']);
    await open();
    add('news.example.com');
    expect((await screen.findByRole('alert')).textContent).toBe('news.example.com is already covered by example.com.');
    expect(await disabledSites.getValue()).toEqual(['example.com']);
  });

  it('follows changes made elsewhere, such as the popup’s site switch', async () => {
    await open();
    await disabledSites.setValue(['elsewhere.example']);
    await waitFor(() => expect(screen.getByText('elsewhere.example')).toBeTruthy());
  });

  it('shows a site list stored malformed as its valid entries', async () => {
    await disabledSites.setValue(['ok.example', 42 as unknown as string, 'bad site']);
    await open();
    expect(screen.getByText('ok.example')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('has no axe violations, with an error showing', async () => {
    const { container } = await open();
    add('nope');
    await screen.findByRole('alert');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
