// Opens and re-seals Bakti's encrypted files with Node's own WebCrypto: proof that the
// format is plain PBKDF2-SHA-256 + AES-256-GCM that any standard tool can read.
import { webcrypto } from 'node:crypto';

const { subtle } = webcrypto;

async function villageKey(passphrase, kdf) {
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(kdf.salt, 'base64'), iterations: kdf.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The associated data binding the sealed block to the file's header. */
function aad(file) {
  const id = file.village.id ? Buffer.from(file.village.id.replaceAll('-', ''), 'hex') : Buffer.alloc(0);
  return Buffer.concat([Buffer.from(`${file.format}/${file.format_version}/`), id]);
}

/** The backup text inside an encrypted file. */
export async function openSealed(text, passphrase) {
  const file = JSON.parse(text);
  const bytes = Buffer.from(file.sealed, 'base64');
  const key = await villageKey(passphrase, file.kdf);
  const plain = await subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: aad(file) },
    key,
    bytes.subarray(12),
  );
  return new TextDecoder().decode(plain);
}

/** The same file with `inner` sealed in place of its content (same key and header). */
export async function resealed(text, inner, passphrase) {
  const file = JSON.parse(text);
  const key = await villageKey(passphrase, file.kdf);
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(file) }, key, new TextEncoder().encode(inner));
  return JSON.stringify({ ...file, sealed: Buffer.concat([Buffer.from(iv), Buffer.from(sealed)]).toString('base64') });
}
