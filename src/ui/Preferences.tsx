import { Button } from './Button';
import { CategorySwitch } from './CategorySwitch';
import { CloseButton } from './CloseButton';
import { GpcStatus } from './GpcStatus';
import { PolicyLinks } from './PolicyLinks';
import type { UiProps } from './ui-model';

/** The preference center: a modal dialog with one switch per category. */
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
        <h2 id="cs-ptitle">{t.preferencesTitle}</h2>
        <CloseButton label={t.close} onClick={actions.hide} />
        <p>{t.dntDisclosure}</p>
        {model.gpcHonored && <GpcStatus text={t.gpcHonored} />}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            actions.saveDraft();
          }}
        >
          {model.categories.map((id) => (
            <CategorySwitch key={id} id={id} model={model} actions={actions} />
          ))}
          <div class="row">
            <button class="btn" part="button">
              {t.saveChoices}
            </button>
            <Button onClick={actions.acceptAll}>{t.acceptAll}</Button>
            <Button onClick={actions.rejectAll}>{t.rejectAll}</Button>
          </div>
        </form>
        <PolicyLinks model={model} />
      </div>
    </div>
  );
}
