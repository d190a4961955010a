import { Button } from './Button';
import { CloseButton } from './CloseButton';
import { GpcStatus } from './GpcStatus';
import { PolicyLinks } from './PolicyLinks';
import type { UiProps } from './ui-model';

/** The first layer: a consent banner in opt-in mode, a notice in opt-out mode. */
export function Banner({ model, actions }: UiProps) {
  const { texts: t, links } = model;
  const optIn = model.mode === 'opt-in';
  return (
    // Focused when it opens, so it is not in the Tab order; its controls follow it (docs/accessibility.md).
    <section class="box banner" part="banner" aria-labelledby="cs-title" tabIndex={-1}>
      {!optIn && <CloseButton label={t.close} onClick={actions.hide} />}
      {/* Everything but the choices scrolls where it would push the banner past a third of a
          small screen, so it takes focus to scroll by keyboard (docs/accessibility.md, Small screens). */}
      <div class="text" tabIndex={0}>
        <div class="head">
          {model.logo && <img class="logo" part="logo" src={model.logo.src} alt={model.logo.alt} />}
          <h2 id="cs-title">{optIn ? t.title : t.noticeTitle}</h2>
        </div>
        {model.gpcHonored && <GpcStatus text={t.gpcHonored} />}
        <p>{optIn ? t.description : t.noticeDescription}</p>
        <PolicyLinks model={model} />
      </div>
      <div class="actions">
        {optIn ? (
          <>
            <Button onClick={actions.acceptAll}>{t.acceptAll}</Button>
            <Button onClick={actions.rejectAll}>{t.rejectAll}</Button>
            <Button onClick={actions.showPreferences}>{t.customize}</Button>
          </>
        ) : links.doNotSell ? (
          <a class="btn" part="button" href={links.doNotSell}>
            {t.doNotSell}
          </a>
        ) : (
          <Button onClick={actions.showPreferences}>{t.doNotSell}</Button>
        )}
      </div>
    </section>
  );
}
