export default defineBackground(() => {
  // Wiring arrives with the annotations issue.
});
