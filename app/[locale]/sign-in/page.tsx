import { AuthPage, type AuthPageProps } from '@/components/auth-page';
import { signInAction } from '../auth-actions';

export default function SignInPage(props: AuthPageProps) {
  return <AuthPage mode="sign-in" action={signInAction} {...props} />;
}
