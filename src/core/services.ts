import type { UserRepository } from '../storage/user-repository.js';

/** The repositories and services handlers use, built once by the composition root. */
export interface Services {
  readonly users: UserRepository;
}
