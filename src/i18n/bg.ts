import type { Texts } from '../types';

/** Bulgarian texts (bg). */
export const BG: Texts = {
  title: 'Съгласие за бисквитки',
  description:
    'Използваме бисквитки за работата на сайта, а с Ваше съгласие и за настройки, анализ и ограничен маркетинг. Можете по всяко време да промените избора си.',
  acceptAll: 'Приемане на всички',
  rejectAll: 'Отхвърляне на всички',
  customize: 'Настройки',
  preferencesTitle: 'Настройки за поверителност',
  saveChoices: 'Запазване на избора',
  close: 'Затваряне',
  doNotSell: 'Не продавайте и не споделяйте личните ми данни',
  gpcHonored: 'Отказът Ви е уважен',
  dntDisclosure:
    'Не реагираме на Do Not Track, но зачитаме Global Privacy Control.',
  noticeTitle: 'Вашият избор за поверителност',
  noticeDescription:
    'Използваме бисквитки за работата на сайта, анализ и ограничен маркетинг. Можете по всяко време да откажете продажбата или споделянето на личните си данни.',
  viaGpc: 'Изключено чрез Global Privacy Control',
  privacyChoices: 'Избор за поверителност',
  privacyPolicy: 'Политика за поверителност',
  cookiePolicy: 'Политика за бисквитките',
  gpcConflict:
    'Браузърът Ви я отказва чрез Global Privacy Control.',
  keepOptedOut: 'Запазване на отказа',
  allowForSite: 'Разрешаване за този сайт',
  blockedContent: 'Блокирано. Разрешете: {category}.',
  allowCategory: 'Разрешаване: {category}',
  categories: {
    essential: {
      label: 'Строго необходими',
      description: 'Нужни за работата на сайта. Винаги активни.',
    },
    functional: {
      label: 'Функционални',
      description: 'За настройките Ви, чат и видео.',
    },
    analytics: {
      label: 'Аналитични',
      description: 'Измерват използването на сайта.',
    },
    marketing: {
      label: 'Ограничен маркетинг',
      description: 'Измерват кампаниите ни. Обхващат продажбата или споделянето на личните данни.',
    },
  },
};
