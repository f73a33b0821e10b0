import type { EntityKind, OrgKind } from './api/generated.ts';

/** Entity kinds as drawn: organizations split by what they are, since that is what people scan for. */
export type Look = Exclude<EntityKind, 'ORGANIZATION'> | 'UNIVERSITY' | 'COMPANY' | 'LAB' | 'INSTITUTE';

export type Shape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'hexagon'
  | 'octagon'
  | 'star'
  | 'triangle'
  | 'pentagon'
  | 'tag';

export interface Appearance {
  label: string;
  color: string;
  shape: Shape;
  /** An SVG path in a 24 × 24 box, drawn white on the node. */
  icon: string;
}

const PERSON = 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4.4 0-8 2.2-8 5v1h16v-1c0-2.8-3.6-5-8-5z';
const UNIVERSITY = 'M12 3 2 8h20L12 3zM4 10v7h3v-7H4zm6.5 0v7h3v-7h-3zM17 10v7h3v-7h-3zM2 19v2h20v-2H2z';
const COMPANY =
  'M4 21V3h10v4h6v14h-6v-4h-4v4H4zM6 5v2h2V5H6zm4 0v2h2V5h-2zM6 9v2h2V9H6zm4 0v2h2V9h-2zm6 0v2h2V9h-2zM6 13v2h2v-2H6zm4 0v2h2v-2h-2zm6 0v2h2v-2h-2z';
const LAB = 'M9 2h6v2h-1v5.2l5.6 9.4A2 2 0 0 1 17.9 22H6.1a2 2 0 0 1-1.7-3.4L10 9.2V4H9V2z';
const INSTITUTE = 'M12 2l3 4h-2v3h5v13H6V9h5V6H9l3-4zM9 12v2h2v-2H9zm4 0v2h2v-2h-2zm-4 4v2h2v-2H9zm4 0v2h2v-2h-2z';
const PUBLICATION = 'M6 2h9l5 5v15H6V2zm8 1.5V8h4.5L14 3.5zM8 12h8v1.5H8V12zm0 3h8v1.5H8V15zm0 3h5v1.5H8V18z';
const VENUE = 'M4 5h16v3H4V5zm1 5h14v10H5V10zm3 2v2h3v-2H8zm5 0v2h3v-2h-3zm-5 4v2h3v-2H8z';
const COURSE =
  'M3 5c3-1 6-1 9 1 3-2 6-2 9-1v14c-3-1-6-1-9 1-3-2-6-2-9-1V5zm8 2.5C9 6.5 7 6.3 5 6.8v10.1c2-.4 4-.2 6 .8V7.5zm2 0v10.2c2-1 4-1.2 6-.8V6.8c-2-.5-4-.3-6 .7z';
const PROJECT =
  'M12 2l9 5v10l-9 5-9-5V7l9-5zm0 2.3L5.3 8 12 11.7 18.7 8 12 4.3zM5 9.7v6.1l6 3.3v-6.1L5 9.7zm8 9.4 6-3.3V9.7l-6 3.3v6.1z';
const SKILL = 'M13 2 4 14h7l-1 8 9-12h-7l1-8z';
const TOPIC =
  'M10 3 9 8H5v2h3.6l-.8 4H4v2h3.4l-1 5h2l1-5h4l-1 5h2l1-5H19v-2h-3.6l.8-4H20V8h-3.4l1-5h-2l-1 5h-4l1-5h-2zm-.2 7h4l-.8 4h-4l.8-4z';
const AWARD =
  'M7 2h10v2h3v3a4 4 0 0 1-4 4h-.3A5 5 0 0 1 13 13.9V17h3v3H8v-3h3v-3.1A5 5 0 0 1 8.3 11H8a4 4 0 0 1-4-4V4h3V2zM6 6v1a2 2 0 0 0 1 1.7V6H6zm11 0v2.7A2 2 0 0 0 18 7V6h-1z';
const REPOSITORY =
  'M8.6 16.6 4 12l4.6-4.6L10 8.8 6.8 12l3.2 3.2-1.4 1.4zm6.8 0L14 15.2l3.2-3.2L14 8.8l1.4-1.4L20 12l-4.6 4.6z';

// Colours keep 4.5:1 or better against white, so they also work as text colour in lists.
export const APPEARANCE: Record<Look, Appearance> = {
  PERSON: { label: 'Person', color: '#c2410c', shape: 'ellipse', icon: PERSON },
  UNIVERSITY: { label: 'University', color: '#1d4ed8', shape: 'round-rectangle', icon: UNIVERSITY },
  COMPANY: { label: 'Company', color: '#6d28d9', shape: 'round-rectangle', icon: COMPANY },
  LAB: { label: 'Lab', color: '#0f766e', shape: 'round-rectangle', icon: LAB },
  INSTITUTE: { label: 'Institute', color: '#15803d', shape: 'round-rectangle', icon: INSTITUTE },
  PUBLICATION: { label: 'Publication', color: '#be185d', shape: 'rectangle', icon: PUBLICATION },
  VENUE: { label: 'Venue', color: '#4b5563', shape: 'diamond', icon: VENUE },
  COURSE: { label: 'Course', color: '#4d7c0f', shape: 'hexagon', icon: COURSE },
  PROJECT: { label: 'Project', color: '#b45309', shape: 'pentagon', icon: PROJECT },
  SKILL: { label: 'Skill', color: '#047857', shape: 'triangle', icon: SKILL },
  TOPIC: { label: 'Topic', color: '#4338ca', shape: 'octagon', icon: TOPIC },
  AWARD: { label: 'Award', color: '#a16207', shape: 'star', icon: AWARD },
  REPOSITORY: { label: 'Repository', color: '#1f2937', shape: 'tag', icon: REPOSITORY },
};

export const LOOK_ORDER = Object.keys(APPEARANCE) as Look[];

export function lookOf(node: { kind: EntityKind; orgKind?: OrgKind | null }): Look {
  if (node.kind !== 'ORGANIZATION') return node.kind;
  return node.orgKind ?? 'INSTITUTE';
}

export function appearanceOf(node: { kind: EntityKind; orgKind?: OrgKind | null }): Appearance {
  return APPEARANCE[lookOf(node)];
}

export const KIND_LABEL: Record<EntityKind, string> = {
  PERSON: 'People',
  ORGANIZATION: 'Organizations',
  PUBLICATION: 'Publications',
  VENUE: 'Venues',
  COURSE: 'Courses',
  PROJECT: 'Projects',
  SKILL: 'Skills',
  TOPIC: 'Topics',
  AWARD: 'Awards',
  REPOSITORY: 'Repositories',
};

/** The icon as a standalone SVG image, for cytoscape's background-image. */
export function iconUrl(icon: string): string {
  // Without a size the image defaults to 300 × 150 and the icon comes out cropped.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#ffffff" d="${icon}"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** Points of each shape in a 2 × 2 box centred on 0. */
const SHAPE_POINTS: Partial<Record<Shape, string>> = {
  diamond: '0,-1 1,0 0,1 -1,0',
  hexagon: '-0.5,-0.87 0.5,-0.87 1,0 0.5,0.87 -0.5,0.87 -1,0',
  octagon: '-0.41,-1 0.41,-1 1,-0.41 1,0.41 0.41,1 -0.41,1 -1,0.41 -1,-0.41',
  star: '0,-1 0.24,-0.31 0.95,-0.31 0.38,0.12 0.59,0.81 0,0.38 -0.59,0.81 -0.38,0.12 -0.95,-0.31 -0.24,-0.31',
  triangle: '0,-1 1,1 -1,1',
  pentagon: '0,-1 0.95,-0.31 0.59,0.81 -0.59,0.81 -0.95,-0.31',
  tag: '-1,-1 0.5,-1 1,0 0.5,1 -1,1',
};

function lookImage(look: Look): string {
  const { shape, color, icon } = APPEARANCE[look];
  const points = SHAPE_POINTS[shape];
  const body =
    shape === 'ellipse'
      ? `<circle r="1" fill="${color}"/>`
      : points
        ? `<polygon points="${points}" fill="${color}"/>`
        : `<rect x="-1" y="-1" width="2" height="2" rx="${shape === 'round-rectangle' ? 0.35 : 0}" fill="${color}"/>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1.1 -1.1 2.2 2.2">${body}` +
    `<path fill="#ffffff" d="${icon}" transform="translate(-0.6 -0.6) scale(0.05)"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * Each look whole (shape, colour and icon) as one image, shared by every row of a list that shows
 * it: drawn afresh in each row, the icons of a thousand nodes took half the time to list them.
 */
export const LOOK_IMAGE = Object.fromEntries(LOOK_ORDER.map((look) => [look, lookImage(look)])) as Record<Look, string>;
