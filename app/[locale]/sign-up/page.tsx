import { AuthPage, type AuthPageProps } from '@/components/auth-page';
import { signUpAction } from '../auth-actions';

export default function SignUpPage(props: AuthPageProps) {
  return <AuthPage mode="sign-up" action={signUpAction} {...props} />;
}
