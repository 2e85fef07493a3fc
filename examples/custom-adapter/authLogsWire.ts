/**
 * The wire format of a made-up but typical "generic" auth-log API, used by the worked example
 * of a custom adapter. It answers `GET {basePath}/auth-logs?page=&per_page=&action=&actor_id=&since=`
 * with `{ data: AuthLog[], page, total_pages }`, newest first.
 */
import * as v from 'valibot'

/** One auth-log row as the API sends it. */
export type AuthLog = {
  uuid: string
  /** The API's own action names: `SignIn`, `Register`, `ResetPassword`, … or anything custom. */
  action: string
  /** Unix time in seconds. */
  created_at: number
  actor_id: string | null
  /** The client address as the API saw it; sometimes a whole x-forwarded-for list. */
  ip: string | null
  user_agent: string | null
  payload: Record<string, unknown> | null
  outcome: 'success' | 'error'
}

/** The list answer. */
export type AuthLogsAnswer = { data: AuthLog[]; page: number; total_pages: number }

/** Largest `per_page` the API accepts. */
export const AUTH_LOGS_MAX_PER_PAGE = 100

/** The envelope. Rows are checked one by one, so one bad row never fails the page. */
export const authLogsAnswerSchema = v.object({
  data: v.array(v.unknown()),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  total_pages: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

const optionalText = v.nullish(v.string())

/** One row. Only what an event cannot live without (id, action, time) is required. */
export const authLogSchema = v.object({
  uuid: v.pipe(v.string(), v.minLength(1, 'Missing uuid')),
  action: v.pipe(v.string(), v.minLength(1, 'Missing action')),
  created_at: v.pipe(v.number('created_at must be Unix seconds'), v.finite(), v.minValue(0)),
  actor_id: optionalText,
  ip: optionalText,
  user_agent: optionalText,
  payload: v.nullish(v.record(v.string(), v.unknown())),
  outcome: v.optional(v.string()),
})

/**
 * The API's actions mapped onto the library's catalogue, so they get its categories, labels,
 * icons, default severities and message templates. Unmapped actions keep their own name (category
 * `other`, the name as label).
 */
export const TYPE_BY_ACTION: Record<string, string> = {
  Register: 'user.joined',
  SignIn: 'user.logged_in',
  SignOut: 'user.logged_out',
  SocialSignIn: 'oauth.sign_in',
  SocialLink: 'oauth.linked',
  SocialUnlink: 'oauth.unlinked',
  VerifyEmail: 'user.email_verified',
  ChangePassword: 'user.password_changed',
  ForgotPassword: 'password.reset_requested',
  ResetPassword: 'password.reset_completed',
  DeleteAccount: 'user.deleted',
  CreateOrganization: 'organization.created',
  InviteMember: 'invitation.created',
}

/** The reverse map, to send a catalogue type back as the API's `action` filter. */
export const ACTION_BY_TYPE: Record<string, string> = Object.fromEntries(
  Object.entries(TYPE_BY_ACTION).map(([action, type]) => [type, action]),
)
