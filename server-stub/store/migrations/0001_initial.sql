-- SPDX-License-Identifier: MIT
-- Initial schema. Portable SQL (SQLite and PostgreSQL): no AUTOINCREMENT, flags as INTEGER 0/1,
-- times as BIGINT milliseconds since the Unix epoch (UTC).
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    helpdesk_push_verification INTEGER NOT NULL
);

CREATE TABLE policy (
    id INTEGER PRIMARY KEY,
    push_otp_enabled INTEGER NOT NULL,
    numeric_challenge_enabled INTEGER NOT NULL,
    organization_name TEXT NOT NULL,
    follow_up_window_minutes INTEGER NOT NULL
);

CREATE TABLE operators (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    perm_authentication_methods TEXT NOT NULL,
    perm_policy TEXT NOT NULL,
    perm_audit TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES operators (username),
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);

CREATE TABLE users (
    user_id TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    search_text TEXT NOT NULL
);

CREATE TABLE tokens (
    serial TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (user_id),
    type TEXT NOT NULL,
    state TEXT NOT NULL,
    push_enabled INTEGER NOT NULL,
    device_token_hash TEXT UNIQUE,
    device_activated_at BIGINT
);
CREATE INDEX tokens_by_user ON tokens (user_id);

CREATE TABLE activation_codes (
    code_hash TEXT PRIMARY KEY,
    serial TEXT NOT NULL REFERENCES tokens (serial),
    expires_at BIGINT NOT NULL,
    used INTEGER NOT NULL
);

CREATE TABLE verifications (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    token_serial TEXT NOT NULL,
    operator TEXT NOT NULL,
    ticket TEXT,
    mode TEXT NOT NULL,
    verification_number TEXT,
    choices TEXT,
    organization_name TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX verifications_by_state_token ON verifications (state, token_serial);

CREATE TABLE auth_audit (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    time BIGINT NOT NULL,
    user_id TEXT NOT NULL,
    token_serial TEXT NOT NULL,
    resource_name TEXT NOT NULL,
    result TEXT NOT NULL,
    message TEXT NOT NULL,
    verification_id TEXT NOT NULL,
    ticket TEXT
);
CREATE INDEX auth_audit_by_user ON auth_audit (user_id, seq);

CREATE TABLE operator_audit (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    time BIGINT NOT NULL,
    operator TEXT NOT NULL,
    action_type TEXT NOT NULL,
    phase TEXT,
    verification_id TEXT,
    user_id TEXT,
    token_serial TEXT,
    ticket TEXT,
    outcome TEXT,
    message TEXT NOT NULL
);
CREATE INDEX operator_audit_by_operator ON operator_audit (operator, seq);
CREATE INDEX operator_audit_by_verification ON operator_audit (verification_id);
