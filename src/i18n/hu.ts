import type { Texts } from '../types';

/** Hungarian texts (hu). */
export const HU: Texts = {
  title: 'Hozzájárulás sütik használatához',
  description:
    'Sütiket és hasonló technológiákat használunk a webhely működtetéséhez, valamint az Ön hozzájárulásával a beállításai megjegyzéséhez, a használat méréséhez és korlátozott marketinghez. Döntését bármikor módosíthatja.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  preferencesTitle: 'Adatvédelmi beállítások',
  saveChoices: 'Beállítások mentése',
  close: 'Bezárás',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  gpcHonored: 'Tiltakozási kérelmét teljesítettük',
  dntDisclosure:
    'Ez a webhely nem reagál a böngészők Do Not Track-jelzéseire; ehelyett a Global Privacy Control-jelzést tartja tiszteletben, az alább leírtak szerint.',
  noticeTitle: 'Az Ön adatvédelmi döntései',
  noticeDescription:
    'Sütiket használunk a webhely funkcióihoz, elemzéshez és korlátozott marketinghez. Személyes adatai eladása vagy megosztása ellen bármikor tiltakozhat.',
  viaGpc: 'Kikapcsolva a Global Privacy Control-jelzés miatt',
  privacyChoices: 'Adatvédelmi döntések',
  privacyPolicy: 'Adatvédelmi tájékoztató',
  cookiePolicy: 'Sütikezelési tájékoztató',
  gpcConflict:
    'Böngészője Global Privacy Control-jelzést küld, amellyel Ön tiltakozik e kategória ellen. A tiltakozást fenntarthatja, vagy a kategóriát csak ezen a webhelyen engedélyezheti.',
  keepOptedOut: 'Tiltakozás fenntartása',
  allowForSite: 'Engedélyezés ezen a webhelyen',
  blockedContent: 'Ez a tartalom le van tiltva, amíg nem engedélyezi a következő sütiket: {category}.',
  allowCategory: 'Engedélyezés: {category}',
  categories: {
    essential: {
      label: 'Feltétlenül szükséges',
      description: 'A webhely működéséhez és az Ön adatvédelmi döntéseinek megjegyzéséhez szükségesek. Mindig bekapcsolva.',
    },
    functional: {
      label: 'Funkcionális',
      description: 'Megjegyzik a beállításait, és lehetővé teszik a beágyazott funkciókat, például a csevegést és a videókat.',
    },
    analytics: {
      label: 'Analitikai',
      description: 'Segítenek megérteni, hogyan használják a webhelyet, hogy fejleszthessük.',
    },
    marketing: {
      label: 'Korlátozott marketing',
      description: 'Kampányaink eredményességét méri. Kiterjed a személyes adatok eladására vagy megosztására.',
    },
  },
};
