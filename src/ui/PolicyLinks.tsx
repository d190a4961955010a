import type { UiModel } from './ui-model';

/** Links to the site's privacy and cookie policies, where the config gives them. */
export function PolicyLinks({ model }: { model: UiModel }) {
  const { links, texts } = model;
  if (!links.privacyPolicy && !links.cookiePolicy) return null;
  return (
    <p class="links">
      {links.privacyPolicy && (
        <a part="link" href={links.privacyPolicy}>
          {texts.privacyPolicy}
        </a>
      )}
      {links.cookiePolicy && (
        <a part="link" href={links.cookiePolicy}>
          {texts.cookiePolicy}
        </a>
      )}
    </p>
  );
}
