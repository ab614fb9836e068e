// Stands in for webextension-polyfill when the dashboard's table is rendered in Node for the bench:
// messages are their keys (as ui/i18n.ts shows a missing one), the language English.
const browser = {
  i18n: {
    getMessage: (key: string) => key,
    getUILanguage: () => "en",
  },
};
export default browser;
