'use client';

/**
 * The class link: the lab as it is now, as a playground link (the share link the playground reads) and a
 * QR code drawn in the browser by `qrcode`, large enough to scan from the back of the room.
 */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { encodeSharedState } from '@/lib/share';
import { LabDialog } from './lab-dialog';
import { currentLabText, type LabToolProps } from './lab-tool-types';

type Link = { url: string; image: string } | { error: string } | null;

export default function ClassLink({ labId, example, file, target, originalText, onClose }: LabToolProps) {
  const [link, setLink] = useState<Link>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const text = await currentLabText(labId, originalText);
      const encoded = encodeSharedState({ example, file, text, target, builder: 'buildkit' });
      if (!encoded.ok) {
        if (!cancelled) setLink({ error: encoded.message });
        return;
      }
      const url = `${location.origin}/playground/#${encoded.fragment}`;
      try {
        const image = await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 720 });
        if (!cancelled) setLink({ url, image });
      } catch {
        if (!cancelled)
          setLink({ error: 'This Dockerfile is too long for a QR code; share the link instead.' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [labId, example, file, target, originalText]);

  return (
    <LabDialog title="Class link" onClose={onClose}>
      {link === null && <p>Making the link…</p>}
      {link && 'error' in link && <p role="alert">{link.error}</p>}
      {link && 'url' in link && (
        <div className="grid items-start gap-6 md:grid-cols-[auto_minmax(0,1fr)]">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn in the browser */}
          <img
            src={link.image}
            alt="QR code of the class link"
            data-testid="class-qr"
            className="h-[min(60vh,60vw)] w-[min(60vh,60vw)] bg-white [image-rendering:pixelated]"
          />
          <div className="min-w-0 space-y-3">
            <p>Scan the code or open the link: the playground opens with this Dockerfile, as it is now.</p>
            <p className="break-all">
              <a href={link.url} data-testid="class-link" className="font-mono text-sm underline">
                {link.url}
              </a>
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              The link carries the Dockerfile itself, after the #, so no server stores it. It points at this
              site&apos;s address ({location.host}): students need to reach the same address.
            </p>
          </div>
        </div>
      )}
    </LabDialog>
  );
}
