import { noChange } from 'lit-html';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit-html/directive.js';

/**
 * Sets style properties on an element through the CSSOM (`el.style.setProperty`), never as a
 * `style` attribute: the page's Content-Security-Policy refuses inline style attributes, and
 * lit's styleMap writes one on its first render. Use: `<span ${styleProps({ background: c })}>`.
 */
class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps goes on an element, not in an attribute');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [k, v] of Object.entries(props)) if (style.getPropertyValue(k) !== v) style.setProperty(k, v);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
