// The development certificate of `npm start`: made on this machine (office-addin-dev-certs,
// offline), checked before use, and made again when it has expired, saying so.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Renewed this long before it expires, so a session started today does not fail tomorrow. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

/** 'ok', 'expires-soon', 'expired' or 'not-yet-valid' for a PEM certificate at `now`; 'unreadable' for anything else. */
export function certificateState(pem, now = new Date()) {
  let cert;
  try {
    cert = new X509Certificate(pem);
  } catch {
    return { state: 'unreadable', validTo: null };
  }
  const to = new Date(cert.validTo);
  const from = new Date(cert.validFrom);
  if (now < from) return { state: 'not-yet-valid', validTo: to };
  if (now >= to) return { state: 'expired', validTo: to };
  if (to.getTime() - now.getTime() < RENEW_BEFORE_MS) return { state: 'expires-soon', validTo: to };
  return { state: 'ok', validTo: to };
}

/**
 * The key, certificate and CA in `dir`, made when missing and made again when expired, about to
 * expire or unreadable. Returns them with the lines to print: a renewed certificate comes with a
 * new CA, which the user must trust again.
 */
export async function devCertificate(dir, { now = new Date(), generate } = {}) {
  const [ca, cert, key] = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => join(dir, f));
  const notes = [];
  const have = existsSync(cert) && existsSync(key) && existsSync(ca);
  const state = have ? certificateState(readFileSync(cert), now) : { state: 'missing', validTo: null };
  if (state.state !== 'ok') {
    const make = generate ?? (await import('office-addin-dev-certs')).default.generateCertificates;
    await make(ca, cert, key);
    const made = certificateState(readFileSync(cert), now);
    if (state.state === 'missing') notes.push(`chiso: made a development certificate (valid until ${made.validTo?.toISOString().slice(0, 10)}).`);
    else
      notes.push(
        `chiso: the development certificate ${state.state === 'expired' ? `expired on ${state.validTo?.toISOString().slice(0, 10)}` : state.state === 'expires-soon' ? `expires on ${state.validTo?.toISOString().slice(0, 10)}` : `was ${state.state}`}; a new one was made (valid until ${made.validTo?.toISOString().slice(0, 10)}).`,
        '  Its CA is new too: trust it again (see below), or the browser and Excel will refuse https://localhost.',
      );
  }
  return { files: { ca, cert, key }, notes, tls: { ca: readFileSync(ca), cert: readFileSync(cert), key: readFileSync(key) } };
}
