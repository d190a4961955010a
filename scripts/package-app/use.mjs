// Loads every entry the way an ES module app does and prints what observe.cjs sees.
import * as consentry from 'consentry';
import * as core from 'consentry/core';
import * as de from 'consentry/i18n/de';
import * as server from 'consentry/server';
import * as services from 'consentry/services';
import * as ui from 'consentry/ui';
import observe from './observe.cjs';

console.log(JSON.stringify(observe({ consentry, core, server, services, ui, de })));
