/**
 * Every test must make at least one assertion (expect.hasAssertions in
 * a global beforeEach), so that a test that checks nothing fails instead of passing.
 */
beforeEach(() => {
  expect.hasAssertions();
});
