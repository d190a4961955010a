import { GpcStatus } from './GpcStatus';
import type { UiProps } from './ui-model';

/** The small floating control that reopens the preference center once the banner is gone. */
export function ReopenButton({ model, actions }: UiProps) {
  return (
    <div class="box reopen" part="reopen">
      <button
        type="button"
        class="btn"
        part="button reopen-button"
        onClick={actions.showPreferences}
      >
        {model.texts.privacyChoices}
      </button>
      {model.gpcHonored && <GpcStatus text={model.texts.gpcHonored} />}
    </div>
  );
}
