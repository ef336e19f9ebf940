import { NavLink } from 'react-router';
import './page.css';

export interface SubNavItem {
  readonly label: string;
  /** Where the tab leads; matched on its path only. */
  readonly url: string;
}

/** Tabs between the pages of one section, as links: each page keeps its own URL. */
export function SubNav({
  label,
  items,
}: {
  readonly label: string;
  readonly items: readonly SubNavItem[];
}) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.url}>
            <NavLink to={item.url} end className="sub-nav__item">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
