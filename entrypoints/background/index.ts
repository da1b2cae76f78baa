export default defineBackground(() => {
  // Feature modules register their listeners here, one import each.
});
