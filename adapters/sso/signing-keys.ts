import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { StateStore } from '../../src/core/ports';

const KEY = 'signing-key';

type PrivateKey = Awaited<ReturnType<typeof importJWK>>;

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The RS256 key that signs ID tokens (and the simulated VNeID token). It lives in Redis, so every
 * gateway process signs with the same key and JWKS shows it; a reset makes a new one.
 */
export class SigningKeys {
  private readonly imported = new Map<string, PrivateKey>();

  constructor(private readonly state: StateStore) {}

  /** The public keys, as `/oauth2/jwks` serves them. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const key = await this.current();
    return { keys: [key.publicJwk] };
  }

  async sign(payload: JWTPayload, type = 'JWT'): Promise<string> {
    const key = await this.current();
    let privateKey = this.imported.get(key.kid);
    if (!privateKey) {
      privateKey = await importJWK(key.privateJwk, 'RS256');
      this.imported.set(key.kid, privateKey);
    }
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: type }).sign(privateKey);
  }

  private async current(): Promise<StoredKey> {
    const stored = await this.state.get<StoredKey>(KEY);
    if (stored) return stored;
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const fresh: StoredKey = { kid, privateJwk: await exportJWK(privateKey), publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' } };
    // Two processes may race to make the first key: the one stored first wins, both use it.
    await this.state.set(KEY, fresh, { onlyIfAbsent: true });
    return (await this.state.get<StoredKey>(KEY)) ?? fresh;
  }
}
