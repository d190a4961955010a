import type { CategoryId } from '../types';
import type { UiProps } from './ui-model';

/** One category as a labelled switch showing its draft value, with its GPC explanation when open. */
export function CategorySwitch({ id, model, actions }: UiProps & { id: CategoryId }) {
  const t = model.texts;
  const text = t.categories[id];
  const locked = model.gpcLocked.includes(id);
  const sw = 'cs-' + id;
  return (
    <div class="cat" part="category">
      <input
        type="checkbox"
        role="switch"
        class="sw"
        part="switch"
        id={sw}
        name={id}
        checked={model.draft.choices[id]}
        disabled={id === 'essential' || locked}
        aria-describedby={sw + '-d'}
        onChange={(e) => actions.toggle(id, e.currentTarget.checked)}
      />
      <label for={sw}>{text?.label ?? id}</label>
      <p id={sw + '-d'} class="desc">
        {text?.description}
        {locked && <strong> {t.viaGpc}</strong>}
      </p>
      {model.draft.conflicts.includes(id) && (
        // Switching on what GPC opts out of needs an explanation first (docs/gpc-and-dnt.md).
        <div class="conflict" role="alert">
          <p>{t.gpcConflict}</p>
          <div class="row">
            <button type="button" class="btn" part="button" onClick={() => actions.answer(id, false)}>
              {t.keepOptedOut}
            </button>
            <button type="button" class="btn" part="button" onClick={() => actions.answer(id, true)}>
              {t.allowForSite}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
