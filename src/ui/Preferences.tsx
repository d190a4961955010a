import { Button } from './Button';
import { CategorySwitch } from './CategorySwitch';
import { CloseButton } from './CloseButton';
import { GpcStatus } from './GpcStatus';
import { PolicyLinks } from './PolicyLinks';
import type { UiProps } from './ui-model';

/**
 * The preference center: a modal dialog with one switch per category. Its body scrolls and its
 * action buttons stay in view below it, on any screen (docs/accessibility.md, Small screens).
 */
export function Preferences({ model, actions }: UiProps) {
  const t = model.texts;
  return (
    // Keeps a click on the backdrop from moving focus out of the modal dialog.
    <div
      class="backdrop"
      part="backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}
    >
      <div
        class="box dialog"
        part="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cs-ptitle"
        tabIndex={-1}
      >
        <div class="head">
          <h2 id="cs-ptitle">{t.preferencesTitle}</h2>
          <CloseButton label={t.close} onClick={actions.hide} />
        </div>
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.saveDraft();
          }}
        >
          <div class="body">
            <p>{t.dntDisclosure}</p>
            {model.gpcHonored && <GpcStatus text={t.gpcHonored} />}
            {model.categories.map((id) => (
              <CategorySwitch key={id} id={id} model={model} actions={actions} />
            ))}
            <PolicyLinks model={model} />
          </div>
          <div class="actions">
            <button class="btn" part="button">
              {t.saveChoices}
            </button>
            <Button onClick={actions.acceptAll}>{t.acceptAll}</Button>
            <Button onClick={actions.rejectAll}>{t.rejectAll}</Button>
          </div>
        </form>
      </div>
    </div>
  );
}
