// `npm start`: serves dist/ at https://localhost:3000 with a development certificate made on this
// machine (office-addin-dev-certs, offline), and prints how to sideload the add-in.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:https';
import devCerts from 'office-addin-dev-certs';
import { staticHandler } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 3000);

/** The machine's development certificate: made offline; trusting it is a one-time step of the user's (below). */
async function certificate() {
  // The package's default locations (~/.office-addin-dev-certs), which its install command also uses.
  const dir = join(homedir(), '.office-addin-dev-certs');
  const [caCertificatePath, localhostCertificatePath, localhostKeyPath] = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => join(dir, f));
  if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) {
    await devCerts.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
  }
  return { ca: readFileSync(caCertificatePath), cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath) };
}

const options = await certificate();
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
