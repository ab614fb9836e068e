// verify.html as text, built from tools/verify by tools/verify/vite-plugin.mjs at build time.
declare module "virtual:receipts-verify-page" {
  const html: string;
  export default html;
}
