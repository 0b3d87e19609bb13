/**
 * Node's TLS verification failures, in words. A refused certificate does not heal on retry, and
 * retrying it six times only delays the answer: it is a permanent failure.
 */
const CERTIFICATE_ERRORS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not yet valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain holds a self-signed certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate cannot be verified (unknown issuer)',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate issuer is unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate issuer is not trusted on this machine',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is for another host name',
  CERT_REVOKED: 'the certificate was revoked',
  CERT_SIGNATURE_FAILURE: 'the certificate signature is invalid',
  CERT_UNTRUSTED: 'the certificate is not trusted',
  INVALID_CA: 'the certificate authority is invalid',
  HOSTNAME_MISMATCH: 'the certificate is for another host name',
};

/** Words for a TLS certificate error code, or undefined when the code is not one. */
export function describeCertificateError(code: string): string | undefined {
  const known = CERTIFICATE_ERRORS[code];
  if (known !== undefined) return `${known}; ${code}`;
  return /CERT/.test(code) ? `certificate error ${code}` : undefined;
}
