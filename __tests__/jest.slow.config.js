/** `npm run test:slow`: the test files jest.config.js leaves out of `npm test` (its SLOW list). */
const { base, SLOW } = require('./support/jest-base.js');

module.exports = {
  ...base,
  rootDir: '..',
  testMatch: undefined,
  testRegex: SLOW.map((pattern) => `^(?=.*${pattern}).*\\.test\\.ts$`),
  maxWorkers: '100%',
};
