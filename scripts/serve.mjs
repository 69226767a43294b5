// `npm start`: serves dist/ at https://localhost:3000 with a development certificate made on this
// machine (office-addin-dev-certs, offline), and prints how to sideload the add-in.
import { createServer } from 'node:https';
import devCerts from 'office-addin-dev-certs';
import { staticHandler } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const options = await devCerts.getHttpsServerOptions();
createServer(options, staticHandler('dist')).listen(PORT, () => {
  console.log(`chiso: serving dist/ at https://localhost:${PORT}/taskpane.html`);
  console.log(`
Sideload the add-in (manifest: dist/manifest.xml):
  • Excel on the web: Insert → Add-ins → My Add-ins → Upload My Add-in → choose dist/manifest.xml.
  • Excel on Windows: put manifest.xml in a shared folder, add it under File → Options → Trust Center →
    Trust Center Settings → Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel, then
    Insert → My Add-ins → Shared Folder.
  • Excel on Mac: copy dist/manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
    (create the folder), restart Excel, then Insert → My Add-ins.
Trust the development certificate once (CA: ~/.office-addin-dev-certs/ca.crt):
  • Windows: npx office-addin-dev-certs install (adds the CA to the user's Trusted Root store).
  • Mac: npx office-addin-dev-certs install, or open ca.crt in Keychain Access and set "Always Trust".
  • Linux / Excel on the web in Chrome: import ca.crt under chrome://settings/certificates → Authorities.
Stop with Ctrl+C.`);
});
