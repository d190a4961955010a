import { Banner } from './Banner';
import { Preferences } from './Preferences';
import { ReopenButton } from './ReopenButton';
import type { UiProps } from './ui-model';

/**
 * Renders the layers the current view asks for. Each keeps its place in the tree, so the banner
 * under an open dialog is the same element when the dialog closes.
 */
export function App(props: UiProps) {
  const { view, showReopen, bannerBehind } = props.model;
  return (
    <>
      {(view === 'banner' || bannerBehind) && <Banner {...props} />}
      {view === 'preferences' && <Preferences {...props} />}
      {showReopen && <ReopenButton {...props} />}
    </>
  );
}
