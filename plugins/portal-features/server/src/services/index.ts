import memberships from './memberships';

export default { memberships };
