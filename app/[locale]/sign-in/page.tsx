import { AuthPage, type AuthPageProps } from '@/components/auth-page';
import { signInAction } from '../auth-actions';
import { requestTrustLinkAction } from '../trust-browser-actions';
import { titled } from '@/app/_metadata/page-title';

export const generateMetadata = titled('signIn');

export default function SignInPage(props: AuthPageProps) {
  return <AuthPage mode="sign-in" action={signInAction} trustAction={requestTrustLinkAction} {...props} />;
}
