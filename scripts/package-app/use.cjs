// Loads every entry the way a CommonJS app does and prints what observe.cjs sees.
const observe = require('./observe.cjs');

const modules = {
  consentry: require('consentry'),
  core: require('consentry/core'),
  server: require('consentry/server'),
  services: require('consentry/services'),
  ui: require('consentry/ui'),
  de: require('consentry/i18n/de'),
};
console.log(JSON.stringify(observe(modules)));
