import { Banner } from './Banner';
import { Preferences } from './Preferences';
import { ReopenButton } from './ReopenButton';
import type { UiProps } from './ui-model';

/** Renders the layer that the current view asks for. */
export function App(props: UiProps) {
  const { view, showReopen } = props.model;
  if (view === 'banner') return <Banner {...props} />;
  if (view === 'preferences') return <Preferences {...props} />;
  return showReopen ? <ReopenButton {...props} /> : null;
}
