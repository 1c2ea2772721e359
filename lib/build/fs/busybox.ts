/**
 * The applets a BusyBox binary provides as links beside itself (BusyBox `--install`; Alpine's busybox
 * package and the busybox and distroless `:debug` images ship those links). The list is the common
 * part of Alpine's build configuration (alpinelinux/aports main/busybox/busyboxconfig, CONFIG_<APPLET>=y;
 * BusyBox 1.27.2 there): other builds enable more or fewer. `bash` is not among them
 * (CONFIG_BASH_IS_NONE=y), which is why `bash` is not found in Alpine.
 */
export const BUSYBOX_APPLET_NAMES: ReadonlySet<string> = new Set(
  (
    '[ adduser addgroup ash awk base64 basename bzip2 cat chgrp chmod chown cmp cp cpio cut date dd df diff ' +
    'dirname du echo egrep env expr false fgrep find free grep gunzip gzip head hexdump hostname id ifconfig ' +
    'ip kill killall less ln login ls md5sum mkdir mktemp more mount mv nc netstat nproc nslookup nsenter od ' +
    'passwd pgrep pidof ping pkill printenv printf ps pwd readlink realpath rm rmdir route sed seq sh ' +
    'sha1sum sha256sum sleep sort stat su tail tar tee test timeout top touch tr traceroute true uname uniq ' +
    'unzip uptime vi watch wc wget which whoami xargs yes zcat'
  ).split(' '),
);
