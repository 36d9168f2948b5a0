/** The cast and the settings every template draws from. */
import type { Rng } from '../random.js';
import type { Person, Role } from '../persons.js';

export interface World {
  persons: Person[];
  byRole: Record<Role, Person[]>;
}

export function makeWorld(persons: Person[]): World {
  const byRole = { leader: [], finance: [], courier: [], member: [], 'contact-abroad': [], donor: [] } as Record<Role, Person[]>;
  for (const p of persons) byRole[p.role].push(p);
  return { persons, byRole };
}

/** A person of one of the roles (falls back to anyone). */
export function someone(rng: Rng, w: World, ...roles: Role[]): Person {
  const pool = roles.flatMap((r) => w.byRole[r]);
  return rng.pick(pool.length > 0 ? pool : w.persons);
}
