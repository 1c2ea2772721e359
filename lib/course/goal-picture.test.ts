import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goalPicture } from './goal-picture';
import { TALK_DEMO, TALK_SOURCE_ID } from './talk';
import { listSources } from '../catalog/sources';

const picture = goalPicture(TALK_DEMO.example, TALK_DEMO.singleStage.file, TALK_DEMO.multiStage.file);

describe('the course goal picture', () => {
  it('simulates both images of the talk demo, the single-stage one hundreds of times bigger', () => {
    if (!picture.ok) throw new Error(picture.reason);
    expect(picture.from.fraction).toBe(1);
    const ratio = picture.from.sizeBytes / picture.to.sizeBytes;
    expect(ratio).toBeGreaterThan(300);
    expect(picture.to.fraction).toBeCloseTo(1 / ratio, 6);
  });

  it('marks the layers that hold the shipped program in both images, and only those', () => {
    if (!picture.ok) throw new Error(picture.reason);
    expect(picture.to.segments.length).toBeGreaterThan(0);
    expect(picture.to.segments.every((s) => s.role === 'ships')).toBe(true);
    const ships = picture.from.segments.filter((s) => s.role === 'ships');
    expect(ships.map((s) => s.instruction)).toEqual([expect.stringMatching(/go build/)]);
    expect(picture.from.segments.find((s) => s.role === 'base')?.instruction).toMatch(/^FROM ubuntu/);
    const apt = picture.from.segments.find((s) => /apt-get install/.test(s.instruction));
    expect(apt?.role).toBe('build');
    // The layers add up to the image, as docker images counts it.
    const sum = picture.from.segments.reduce((total, s) => total + s.sizeBytes, 0);
    expect(sum).toBe(picture.from.sizeBytes);
  });

  it('says why when an example or a file is missing, without throwing', () => {
    expect(goalPicture('no-such-example', 'Dockerfile', 'Dockerfile')).toMatchObject({ ok: false });
    expect(goalPicture(TALK_DEMO.example, 'Dockerfile.nope', TALK_DEMO.multiStage.file)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Dockerfile.nope'),
    });
  });
});

describe("the talk's figures", () => {
  it('are the sizes the claims calibrate the simulator against', () => {
    const claims = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), 'content', 'claims.json'), 'utf8'),
    ) as {
      claims: Array<{ example: string; file: string; size?: { about?: number } }>;
    };
    const about = (file: string) =>
      claims.claims.find((c) => c.example === TALK_DEMO.example && c.file === file && c.size?.about)?.size
        ?.about;
    expect(about(TALK_DEMO.singleStage.file)).toBe(TALK_DEMO.singleStage.bytes);
    expect(about(TALK_DEMO.multiStage.file)).toBe(TALK_DEMO.multiStage.bytes);
  });

  it('have a Sources page entry with a public address that states them', () => {
    const entry = listSources().find((s) => s.id === TALK_SOURCE_ID);
    expect(entry?.url).toMatch(/^https:\/\//);
    expect(entry?.how).toContain('861 MB');
    expect(entry?.how).toContain('1.83 MB');
  });
});
