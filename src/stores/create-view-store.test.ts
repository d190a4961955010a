import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { ConsentState, ConsentView } from '../types';
import { createViewStore } from './create-view-store';

function setup(due: boolean) {
  const $state = atom({ decided: false } as ConsentState);
  let isDue = due;
  const view = createViewStore($state, () => isDue);
  const views: ConsentView[] = [view.$view.get()];
  view.$view.listen((v) => views.push(v));
  const decide = () => {
    isDue = false;
    $state.set({ decided: true } as ConsentState);
  };
  return { view, views, decide, setDue: (value: boolean) => (isDue = value) };
}

describe('createViewStore', () => {
  it.each([
    [true, 'banner'],
    [false, 'none'],
  ])('starts with the banner when a decision is due (%s): %s', (due, first) => {
    expect(setup(due).view.$view.get()).toBe(first);
  });

  it('returns from the preference center to a banner still due, then closes it', () => {
    const { view, views } = setup(true);
    view.showPreferences();
    view.hide();
    view.hide();
    expect(views).toEqual(['banner', 'preferences', 'banner', 'none']);
  });

  it('closes every layer on a decision', () => {
    const { view, views, decide } = setup(true);
    view.showPreferences();
    decide();
    view.showPreferences();
    view.hide();
    expect(views).toEqual(['banner', 'preferences', 'none', 'preferences', 'none']);
  });

  it('opens the banner on request, and again after a reset only when a decision is due', () => {
    const { view, views, setDue } = setup(false);
    view.showBanner();
    view.hide();
    view.showIfDue();
    setDue(true);
    view.showIfDue();
    expect(views).toEqual(['none', 'banner', 'none', 'banner']);
  });

  it('stops following the state once stopped', () => {
    const { view, decide } = setup(true);
    view.stop();
    decide();
    expect(view.$view.get()).toBe('banner');
  });
});
