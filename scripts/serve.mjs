// `npm start`: serves the pane's build in dist/ at https://localhost:3000, on the loopback
// interface only, with a development certificate made on this machine (office-addin-dev-certs,
// offline; renewed when expired), and prints how to sideload the add-in.
// `node scripts/serve.mjs [root]`; PORT=0 picks a free port.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:https';
import { devCertificate } from './dev-cert.mjs';
import { staticHandler } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 3000);
const ROOT = process.argv[2] ?? 'dist';

// The package's default locations (~/.office-addin-dev-certs), which its install command also uses.
const { tls, notes } = await devCertificate(join(homedir(), '.office-addin-dev-certs'));
for (const n of notes) console.log(n);
// Loopback only: the pane is for this machine's Excel, never for the network.
const server = createServer(tls, staticHandler(ROOT)).listen(PORT, '127.0.0.1', () => {
  const port = server.address().port;
  console.log(`chiso: serving ${ROOT}/ at https://localhost:${port}/taskpane.html (127.0.0.1 only)`);
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
