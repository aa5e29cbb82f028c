/**
 * Where publishing passwords are kept encrypted. targets.json holds only
 * what a SecretStore's `seal` returned; `open` gives the password back when
 * a publish needs it. Passwords never reach the renderer, logs or exports.
 */
export interface SecretStore {
  /** How the secrets are protected, in words (for the README, the CLI and messages). */
  readonly description: string;
  /** The sealed (encrypted) form of `secret`, as a string safe to store in JSON. */
  seal(secret: string): Promise<string>;
  /** The secret back; throws BriefdeskError 'forbidden' when it cannot be decrypted here. */
  open(sealed: string): Promise<string>;
}
