import { NavLink } from 'react-router';
import { useSignedInUser } from '../../features/auth/signed-in-user';
import { sectionsFor } from './sections';

export function SideNav() {
  const { roles } = useSignedInUser();
  return (
    <nav className="side-nav" aria-label="Sections">
      <ul className="side-nav__list">
        {sectionsFor(roles).map((section) => (
          <li key={section.label}>
            {section.url === null ? (
              // Not built yet: listed so the map of the console is visible, but not a link.
              <span className="side-nav__item side-nav__item--planned">
                {section.label}
                <span className="tag">Planned</span>
              </span>
            ) : (
              <NavLink to={section.url} end className="side-nav__item">
                {section.label}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
