import type { CategoryId } from '../types';
import type { UiModel } from './ui-model';

/** One category as a labelled switch; its draft value lives in the DOM until "Save choices". */
export function CategorySwitch({ id, model }: { id: CategoryId; model: UiModel }) {
  const t = model.texts;
  const text = t.categories[id];
  const locked = model.gpcLocked.includes(id);
  const overridable = model.gpcOverridable.includes(id);
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
        defaultChecked={model.state.categories[id]}
        disabled={id === 'essential' || locked}
        aria-describedby={sw + '-d'}
        onChange={overridable ? showConflict : undefined}
      />
      <label for={sw}>{text?.label ?? id}</label>
      <p id={sw + '-d'} class="desc">
        {text?.description}
        {locked && <strong> {t.viaGpc}</strong>}
      </p>
      {overridable && (
        // Contract §5: switching on what GPC opts out of needs an explanation first.
        <div class="conflict" role="alert" hidden>
          <p>{t.gpcConflict}</p>
          <div class="row">
            <button type="button" class="btn" part="button" onClick={resolve}>
              {t.keepOptedOut}
            </button>
            <button type="button" class="btn" part="button" onClick={resolve} data-allow>
              {t.allowForSite}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function showConflict(event: Event) {
  const input = event.currentTarget as HTMLInputElement;
  (input.parentElement!.querySelector('.conflict') as HTMLElement).hidden = !input.checked;
}

function resolve(event: Event) {
  const button = event.currentTarget as HTMLElement;
  const box = button.closest('.conflict') as HTMLElement;
  const input = box.parentElement!.querySelector('input')!;
  input.checked = button.hasAttribute('data-allow');
  box.hidden = true;
  input.focus();
}
