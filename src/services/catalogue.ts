import type { ServiceDefinition } from './service-definition';

// Each service is its own export so npm builds keep only those they import; the script tag
// carries the most used ones (services/built-in.ts). Categories follow what the service does with the data: ad
// platforms and embeds that track for advertising are marketing (sale/sharing under CCPA).

export const GOOGLE_ANALYTICS: ServiceDefinition = {
  name: 'google-analytics',
  category: 'analytics',
  patterns: ['google-analytics.com', 'analytics.google.com', 'googletagmanager.com/gtag/js?id=G-'],
  cookies: ['/^_ga/', '_gid', '/^_gat/'],
};
export const GOOGLE_TAG_MANAGER: ServiceDefinition = {
  name: 'google-tag-manager',
  category: 'analytics',
  patterns: ['googletagmanager.com/gtm.js', 'googletagmanager.com/ns.html'],
};
export const GOOGLE_ADS: ServiceDefinition = {
  name: 'google-ads',
  category: 'marketing',
  patterns: ['googleadservices.com', 'doubleclick.net', 'googlesyndication.com', 'googletagmanager.com/gtag/js?id=AW-'],
  cookies: ['/^_gcl_/'],
};
export const META_PIXEL: ServiceDefinition = {
  name: 'meta-pixel',
  category: 'marketing',
  patterns: ['connect.facebook.net', 'facebook.com/tr'],
  cookies: ['_fbp', '_fbc'],
};
export const LINKEDIN_INSIGHT: ServiceDefinition = {
  name: 'linkedin-insight',
  category: 'marketing',
  patterns: ['snap.licdn.com', 'px.ads.linkedin.com'],
  cookies: ['li_fat_id', 'li_giant', 'oribili_user_guid'],
};
export const TIKTOK_PIXEL: ServiceDefinition = {
  name: 'tiktok-pixel',
  category: 'marketing',
  patterns: ['analytics.tiktok.com'],
  cookies: ['_ttp', '_tt_enable_cookie'],
  storage: ['/^tt_/'],
};
export const MICROSOFT_CLARITY: ServiceDefinition = {
  name: 'microsoft-clarity',
  category: 'analytics',
  patterns: ['clarity.ms'],
  cookies: ['_clck', '_clsk'],
};
export const MICROSOFT_UET: ServiceDefinition = {
  name: 'microsoft-uet',
  category: 'marketing',
  patterns: ['bat.bing.com'],
  cookies: ['_uetsid', '_uetvid', '_uetmsclkid'],
  storage: ['_uetsid', '_uetsid_exp', '_uetvid', '_uetvid_exp'],
};
export const HOTJAR: ServiceDefinition = {
  name: 'hotjar',
  category: 'analytics',
  patterns: ['hotjar.com', 'hotjar.io'],
  cookies: ['/^_hj/'],
  storage: ['/^_hj/'],
};
export const SEGMENT: ServiceDefinition = {
  name: 'segment',
  category: 'analytics',
  patterns: ['cdn.segment.com', 'api.segment.io'],
  cookies: ['ajs_anonymous_id', 'ajs_user_id'],
  storage: ['/^ajs_/'],
};
export const MIXPANEL: ServiceDefinition = {
  name: 'mixpanel',
  category: 'analytics',
  patterns: ['cdn.mxpnl.com', 'mixpanel.com'],
  cookies: ['/^mp_/'],
  storage: ['/^mp_/'],
};
export const AMPLITUDE: ServiceDefinition = {
  name: 'amplitude',
  category: 'analytics',
  patterns: ['cdn.amplitude.com', 'api2.amplitude.com', 'api.eu.amplitude.com'],
  cookies: ['/^AMP_/i'],
  storage: ['/^AMP_/i'],
};
export const HUBSPOT: ServiceDefinition = {
  name: 'hubspot',
  category: 'marketing',
  patterns: ['js.hs-scripts.com', 'js.hs-analytics.net', 'js.hs-banner.com', 'js.hsadspixel.net', 'track.hubspot.com'],
  cookies: ['hubspotutk', '__hstc', '__hssc', '__hssrc'],
};
export const INTERCOM: ServiceDefinition = {
  name: 'intercom',
  category: 'functional',
  patterns: ['widget.intercom.io', 'js.intercomcdn.com'],
  cookies: ['/^intercom-/'],
};
export const YOUTUBE: ServiceDefinition = {
  name: 'youtube',
  category: 'marketing',
  patterns: ['youtube.com/embed', 'youtube-nocookie.com/embed', 'youtube.com/iframe_api'],
  storage: ['/^yt-/'],
};
export const VIMEO: ServiceDefinition = {
  name: 'vimeo',
  category: 'functional',
  patterns: ['player.vimeo.com'],
  cookies: ['vuid'],
};
export const X_TWITTER: ServiceDefinition = {
  name: 'x-twitter',
  category: 'marketing',
  patterns: ['platform.twitter.com', 'static.ads-twitter.com', 'analytics.twitter.com', 'platform.x.com'],
  cookies: ['/^_twclid/', 'personalization_id'],
};
export const PINTEREST: ServiceDefinition = {
  name: 'pinterest',
  category: 'marketing',
  patterns: ['s.pinimg.com/ct', 'ct.pinterest.com'],
  cookies: ['_pin_unauth', '_pinterest_ct_ua', '_epik'],
};
export const SNAP_PIXEL: ServiceDefinition = {
  name: 'snap-pixel',
  category: 'marketing',
  patterns: ['sc-static.net/scevent', 'tr.snapchat.com'],
  cookies: ['_scid', '_sctr'],
};
export const REDDIT_PIXEL: ServiceDefinition = {
  name: 'reddit-pixel',
  category: 'marketing',
  patterns: ['redditstatic.com/ads', 'alb.reddit.com'],
  cookies: ['_rdt_uuid', '_rdt_cid'],
};

/** The whole catalogue, for an app that wants every service at hand (`consentry/services`). */
export const SERVICES: ServiceDefinition[] = [
  GOOGLE_ANALYTICS,
  GOOGLE_TAG_MANAGER,
  GOOGLE_ADS,
  META_PIXEL,
  LINKEDIN_INSIGHT,
  TIKTOK_PIXEL,
  MICROSOFT_CLARITY,
  MICROSOFT_UET,
  HOTJAR,
  SEGMENT,
  MIXPANEL,
  AMPLITUDE,
  HUBSPOT,
  INTERCOM,
  YOUTUBE,
  VIMEO,
  X_TWITTER,
  PINTEREST,
  SNAP_PIXEL,
  REDDIT_PIXEL,
];
