// Retour messages (JW302/306/308/316/318/320): the standard mirrors the received message class by
// class and adds RetourCodes (WJ001) to each, plus the retour's own identification in the header.
// One generic builder walks the retour's schema model over the received tree.
import type { ElementDecl, IjwMessageCode } from '../schema-model.js';
import { BERICHT_CODE, messageModel } from '../schema-model.js';
import type { IjwContent } from '../types.generated.js';
import { RETOUR, WJ001 } from '../rules/retour-rules.js';

/** Which retour answers which received message. */
export const RETOUR_OF = {
  JW301: 'JW302',
  JW305: 'JW306',
  JW307: 'JW308',
  JW315: 'JW316',
  JW317: 'JW318',
  JW319: 'JW320',
} as const satisfies Partial<Record<IjwMessageCode, IjwMessageCode>>;
export type ReceivedWithRetour = keyof typeof RETOUR_OF;
export type RetourCode = (typeof RETOUR_OF)[ReceivedWithRetour];

type Tree = { [name: string]: string | Tree | (string | Tree)[] };

export interface RetourInput<C extends ReceivedWithRetour> {
  received: IjwContent[C];
  /** The retour's own identification (IdentificatieRetour, DagtekeningRetour). */
  id: string;
  date: string;
  /**
   * The problems found per message class, keyed by path ('Header', 'Client',
   * 'Client.StartProducten.StartProduct.0'): the WJ001 codes of that class. A class without an entry
   * gets 0200 (no remarks), or 0233 (not assessed) under a class that was refused.
   */
  problems: ReadonlyMap<string, readonly string[]>;
  /** The whole message refused for technical reasons (0001 in the header; the rest not assessed). */
  technical?: boolean;
}

export function retourContent<C extends ReceivedWithRetour>(
  code: C,
  input: RetourInput<C>,
): IjwContent[(typeof RETOUR_OF)[C]] {
  const retour = RETOUR_OF[code];
  const model = messageModel(retour);
  const xsdVersie = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

  const walk = (typeKey: string, src: Tree, path: string, notAssessed: boolean): Tree => {
    const decls = model.types.get(typeKey) as readonly ElementDecl[];
    const own = path === 'Header' && input.technical ? [RETOUR.technical] : (input.problems.get(path) ?? []);
    const childrenNotAssessed = path !== '' && (notAssessed || own.length > 0);
    const out: Tree = {};
    for (const d of decls) {
      const header = path === 'Header' ? headerField(d.name) : undefined;
      if (d.name === 'RetourCodes') {
        out[d.name] = { RetourCode: notAssessed ? [RETOUR.notAssessed] : WJ001(own) };
      } else if (header !== undefined) {
        out[d.name] = header;
      } else {
        const v = src[d.name];
        if (v === undefined) continue;
        const childPath = (i: number | null): string =>
          `${path === '' ? '' : `${path}.`}${d.name}${i === null ? '' : `.${i}`}`;
        const below = path === '' ? d.name !== 'Header' && !!input.technical : childrenNotAssessed;
        if (!d.complexType) out[d.name] = v;
        else if (Array.isArray(v))
          out[d.name] = v.map((x, i) => walk(d.complexType as string, x as Tree, childPath(i), below));
        else out[d.name] = walk(d.complexType, v as Tree, childPath(null), below);
      }
    }
    return out;
  };
  const headerField = (name: string): string | Tree | undefined =>
    ({
      BerichtCode: BERICHT_CODE[retour],
      IdentificatieRetour: input.id,
      DagtekeningRetour: input.date,
      XsdVersieRetour: xsdVersie,
    })[name];
  return walk('msg:Root', input.received as unknown as Tree, '', false) as unknown as IjwContent[(typeof RETOUR_OF)[C]];
}
