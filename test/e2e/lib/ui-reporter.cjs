// mocha reporter for the UI tests: mocha's spec output, plus a summary
// JSON the harness reads (PRFAQ_E2E_UI_SUMMARY).
const fs = require('node:fs');
const Mocha = require('mocha');

class UiReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.PRFAQ_E2E_UI_SUMMARY;
      if (file) fs.writeFileSync(file, JSON.stringify({ passes: this.stats.passes, failures: this.stats.failures, pending: this.stats.pending }));
    });
  }
}
module.exports = UiReporter;
