import { hashPassword, verifyPassword } from "better-auth/crypto";

/**
 * better-auth's own password hashing (scrypt), behind one object: better-auth calls it for every
 * password check, createUser for every new password, and the throttle tests count the checks.
 */
export const passwordHashing = {
  hash: (password: string): Promise<string> => hashPassword(password),
  verify: (data: { hash: string; password: string }): Promise<boolean> => verifyPassword(data),
};
