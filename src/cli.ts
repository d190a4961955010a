import { runCli } from './cli/run-cli';

// `consentry validate <file…>` (docs/configuration.md, Checking a config): built by Rollup into
// dist/cli.js, package.json's `bin`. Node only; no browser bundle imports it.
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
