/**
 * Runs the real validators (Debian packages: haproxy, keepalived, nftables, dnsmasq, chrony,
 * wireguard-tools, cloud-init, ignition, systemd, shellcheck, yamllint) on rendered bootstrap
 * files. Used by the tests; usable by any tool that wants to check a render on a Debian machine.
 *
 * Each check writes the text to a temporary directory, runs the tool, and returns whether it
 * passed and everything it printed. A check passes only when the tool exits 0 AND prints no
 * warning, so a deprecation or a "not verified" warning fails too.
 */
export * from './checks';
export * from './secrets';
export { canUnshare, type CheckResult, missingTools, type TestApi, VALIDATOR_PACKAGES, which, withTools } from './tools';
export * from './wireguard';
